using Suite.Playbooks.Checklists;
using Suite.Playbooks.Conditions;

namespace Suite.Playbooks.Internals.Tests;

/// <summary>
/// Which of a run's items the run page and the run panel draw (<see cref="Checklist.ShownItems"/>, what <c>RunChecklists</c>
/// iterates): every item but those a condition hides, each with its place in the whole list, which the API addresses it by.
/// </summary>
public sealed class ShownChecklistItemsTests
{
    private static ChecklistItem Item(string id, string conditionAction = "") => new() { Id = id, Title = id, ConditionAction = conditionAction };

    [Test]
    public void AnItemAConditionHides_IsLeftOut_AndTheOthersKeepTheirPlacesInTheList()
    {
        var checklist = new Checklist
        {
            Items =
            [
                Item("page-dba"),
                Item("fail-over", ConditionActions.Hidden),
                Item("shown-because-modified", ConditionActions.ShownBecauseModified),
                Item("shown", ConditionActions.None),
            ],
        };

        var shown = checklist.ShownItems().Select(e => (e.Index, e.Item.Id)).ToList();

        Assert.That(shown, Is.EqualTo(new[] { (0, "page-dba"), (2, "shown-because-modified"), (3, "shown") }));
    }

    [Test]
    public void AChecklistWhoseItemsAreAllHidden_ShowsNone()
    {
        var checklist = new Checklist { Items = [Item("a", ConditionActions.Hidden), Item("b", ConditionActions.Hidden)] };

        Assert.That(checklist.ShownItems(), Is.Empty);
    }
}
