using Suite.Platform.Mediator;
using Suite.Platform.Tests.Mediator.Widgets;

namespace Suite.Platform.Tests.Mediator;

public sealed class NotificationTests
{
    private MediatorHarness _mediator = null!;

    [SetUp]
    public void CreateMediator() => _mediator = new MediatorHarness();

    [TearDown]
    public void DisposeMediator() => _mediator.Dispose();

    [Test]
    public async Task Publish_WhenNoHandlerFails_ReachesEveryHandler()
    {
        var changed = new WidgetChanged();

        await _mediator.Publisher.Publish(changed);

        Assert.That(changed.Receipts, Is.EquivalentTo(new[] { "first", "second", "third" }));
    }

    [TestCase("first")]
    [TestCase("second")]
    [TestCase("third")]
    public void Publish_WhenOneHandlerThrows_StillReachesTheOthersAndSurfacesTheFailure(string failing)
    {
        var changed = new WidgetChanged(failing);

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => _mediator.Publisher.Publish(changed));

        Assert.That(error!.Message, Is.EqualTo($"The {failing} handler failed."));
        Assert.That(changed.Receipts, Is.EquivalentTo(new[] { "first", "second", "third" }));
    }

    [Test]
    public void Publish_WhenSeveralHandlersThrow_SurfacesEveryFailure()
    {
        var changed = new WidgetChanged("first", "third");

        var error = Assert.ThrowsAsync<AggregateException>(() => _mediator.Publisher.Publish(changed));

        Assert.That(error!.InnerExceptions.Select(e => e.Message), Is.EquivalentTo(new[] { "The first handler failed.", "The third handler failed." }));
        Assert.That(changed.Receipts, Is.EquivalentTo(new[] { "first", "second", "third" }));
    }

    [Test]
    public async Task Publish_WithoutHandlers_Completes()
    {
        await _mediator.Publisher.Publish(new NobodyListens());

        Assert.Pass();
    }

    private sealed record NobodyListens : INotification;
}
