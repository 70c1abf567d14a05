using Suite.Platform;

namespace Suite.Playbooks.Playbooks;

/// <summary>What the server, not the caller, decides when a playbook is written.</summary>
internal static class PlaybookWrites
{
    /// <summary>Gives every checklist, item and metric an id of its own, keeping valid ones the caller sent.</summary>
    public static void AssignIds(Playbook playbook, long now)
    {
        foreach (var checklist in playbook.Checklists)
        {
            checklist.Id = Ids.IsValid(checklist.Id) ? checklist.Id : Ids.New();
            checklist.UpdateAt = now;
            foreach (var item in checklist.Items)
            {
                item.Id = Ids.IsValid(item.Id) ? item.Id : Ids.New();
                item.UpdateAt = now;
            }
        }

        foreach (var metric in playbook.Metrics)
        {
            metric.Id = Ids.IsValid(metric.Id) ? metric.Id : Ids.New();
            metric.PlaybookId = playbook.Id;
        }
    }

    /// <summary>A copy with fresh ids for itself, its checklists, items and metrics.</summary>
    public static Playbook Duplicate(Playbook source, string title, string creatorId, long now)
    {
        var copy = System.Text.Json.JsonSerializer.Deserialize<Playbook>(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(source))!;
        copy.Id = Ids.New();
        copy.Title = title;
        copy.CreateAt = now;
        copy.UpdateAt = now;
        copy.DeleteAt = 0;
        copy.NumRuns = 0;
        copy.LastRunAt = 0;
        copy.Members = [new PlaybookMember { UserId = creatorId, Roles = [PlaybookRoles.Member, PlaybookRoles.Admin] }];
        foreach (var checklist in copy.Checklists)
        {
            checklist.Id = "";
            checklist.Items.ForEach(i => i.Id = "");
        }

        copy.Metrics.ForEach(m => m.Id = "");
        AssignIds(copy, now);
        return copy;
    }

    /// <summary>Mattermost's rule: the creator is always an admin member.</summary>
    public static void EnsureAdmin(Playbook playbook, string userId)
    {
        var member = playbook.Members.FirstOrDefault(m => m.UserId == userId);
        if (member is null)
        {
            playbook.Members.Add(new PlaybookMember { UserId = userId, Roles = [PlaybookRoles.Member, PlaybookRoles.Admin] });
        }
        else if (!member.Roles.Contains(PlaybookRoles.Admin))
        {
            member.Roles.Add(PlaybookRoles.Admin);
        }

        foreach (var each in playbook.Members.Where(m => !m.Roles.Contains(PlaybookRoles.Member)))
        {
            each.Roles.Insert(0, PlaybookRoles.Member);
        }
    }
}
