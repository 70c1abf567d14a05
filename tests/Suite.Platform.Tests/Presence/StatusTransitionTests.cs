using Suite.Platform.Presence;

namespace Suite.Platform.Tests.Presence;

/// <summary>Mattermost's status rules, without a database.</summary>
public sealed class StatusTransitionTests
{
    private static StoredStatus Status(string status, bool manual, string prev = "", long dndEnd = 0) => new("u", status, manual, 100, dndEnd, prev);

    [TestCase("away")]
    [TestCase("dnd")]
    [TestCase("offline")]
    public void AutomaticChanges_LeaveAManualStatusAlone(string manual)
    {
        var current = Status(manual, manual: true);

        Assert.Multiple(() =>
        {
            Assert.That(StatusTransitions.Online(current, manual: false, 500).Status, Is.EqualTo(manual));
            Assert.That(StatusTransitions.Online(current, manual: false, 500).LastActivityAt, Is.EqualTo(500));
            Assert.That(StatusTransitions.Away(current, manual: false).Status, Is.EqualTo(manual));
            Assert.That(StatusTransitions.Offline(current, manual: false).Status, Is.EqualTo(manual));
        });
    }

    [Test]
    public void AutomaticAway_FollowsOnlyOnline()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StatusTransitions.Away(Status("offline", manual: false), manual: false).Status, Is.EqualTo("offline"));
            Assert.That(StatusTransitions.Away(Status("online", manual: false), manual: false).Status, Is.EqualTo("away"));
        });
    }

    [Test]
    public void DoNotDisturb_RemembersTheFirstPreviousStatus_AndGivesItBackWhenItEnds()
    {
        var dnd = StatusTransitions.DoNotDisturb(StatusTransitions.DoNotDisturb(Status("away", manual: true), 50), 60);

        var early = StatusTransitions.DoNotDisturbEnded(dnd, 59);
        var ended = StatusTransitions.DoNotDisturbEnded(dnd, 60);

        Assert.Multiple(() =>
        {
            Assert.That(dnd.PrevStatus, Is.EqualTo("away"));
            Assert.That(early, Is.EqualTo(dnd));
            Assert.That(ended.Status, Is.EqualTo("away"));
            Assert.That(ended.Manual, Is.False);
            Assert.That(ended.DndEndTime, Is.Zero);
        });
    }

    [Test]
    public void DoNotDisturbWithoutAnEnd_NeverEnds() =>
        Assert.That(StatusTransitions.DoNotDisturbEnded(StatusTransitions.DoNotDisturb(Status("online", manual: false), 0), long.MaxValue).Status, Is.EqualTo("dnd"));
}
