using System.Net;
using System.Text.Json;

namespace Suite.Boards.Tests.Notices;

public sealed partial class NoticeTests
{
    [Test]
    public async Task MyWork_GroupsMyCardsAcrossMyBoardsByDueDate_AndLeavesOutBoardsIMayNotSee()
    {
        using var me = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var open = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Open"));
        var mine = await BoardIdAsync(CreateBoardAsync(Owner.Client, "P", title: "Private, mine"));
        var hidden = await BoardIdAsync(CreateBoardAsync(Owner.Client, "P", title: "Private, not mine"));
        await AddMemberAsync(Owner.Client, open, me.Id, "viewer");
        await AddMemberAsync(Owner.Client, mine, me.Id, "viewer");
        var today = new DateTimeOffset(_clock.GetUtcNow().Date, TimeSpan.Zero);
        var nextDay = today.AddDays(1);
        var nextDayGroup = today.DayOfWeek == DayOfWeek.Sunday ? "later" : "thisWeek";
        async Task<string> Assigned(string boardId, string title, DateTimeOffset? due, string person = "")
        {
            var properties = new Dictionary<string, object> { [Props.Owner] = person.Length > 0 ? person : me.Id };
            if (due is { } day)
            {
                properties[Props.Due] = Due(day.AddHours(10));
            }

            return await CardIdAsync(Owner.Client, boardId, title, properties);
        }

        var overdue = await Assigned(open, "Overdue", today.AddDays(-3));
        var dueToday = await Assigned(mine, "Today", today);
        var soon = await Assigned(open, "Next day", nextDay);
        var later = await Assigned(mine, "Later", today.AddDays(30));
        var undated = await Assigned(open, "No date", null);
        await Assigned(hidden, "Hidden", today);
        await Assigned(open, "Someone else's", today, Owner.Id);

        var work = await CallAsync(me.Client, HttpMethod.Get, $"/teams/{TeamId}/mywork");

        IEnumerable<string?> Group(string name) => work.GetProperty(name).EnumerateArray().Select(i => i.GetProperty("card").GetProperty("id").GetString());
        Assert.That(Group("overdue"), Is.EqualTo(new[] { overdue }));
        Assert.That(Group("today"), Is.EqualTo(new[] { dueToday }));
        Assert.That(Group(nextDayGroup), Is.EqualTo(new[] { soon }));
        Assert.That(Group("later").Concat(Group("thisWeek")).Except([soon]), Is.EqualTo(new[] { later }));
        Assert.That(Group("noDate"), Is.EqualTo(new[] { undated }));
        var item = work.GetProperty("today")[0];
        Assert.That(item.GetProperty("boardTitle").GetString(), Is.EqualTo("Private, mine"));
        Assert.That(item.GetProperty("dueDate").GetInt64(), Is.EqualTo(today.AddHours(10).ToUnixTimeMilliseconds()));
        Assert.That(item.GetProperty("url").GetString(), Is.EqualTo($"/boards/team/{TeamId}/{mine}/0/{dueToday}"));

        var west = await CallAsync(me.Client, HttpMethod.Get, $"/teams/{TeamId}/mywork?time_zone_offset=-43200");
        Assert.That(west.EnumerateObject().Sum(g => g.Value.GetArrayLength()), Is.EqualTo(5), "an offset moves cards between days, not in or out");
        await ErrorAsync(me.Client, HttpMethod.Get, $"/teams/{TeamId}/mywork?time_zone_offset=soon", null, HttpStatusCode.BadRequest);
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/teams/{TeamId}/mywork", null, HttpStatusCode.Forbidden);
        var nothing = await CallAsync(Admin.Client, HttpMethod.Get, $"/teams/{TeamId}/mywork");
        Assert.That(nothing.EnumerateObject().Sum(g => g.Value.GetArrayLength()), Is.Zero);
        Assert.That(JsonSerializer.Serialize(work), Does.Not.Contain("Hidden"));
    }
}
