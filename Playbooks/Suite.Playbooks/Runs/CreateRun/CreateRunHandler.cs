using Marten.Patching;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Runs.CreateRun;

internal sealed class CreateRunHandler(
    PlaybookAccess playbookAccess,
    PlaybookStore playbooks,
    RunStore runs,
    RunNumbers numbers,
    RunChannel runChannel,
    RunBroadcaster broadcaster,
    ITeamMembership teams,
    ICurrentUser user,
    Usernames usernames,
    PlaybookCarryOver carryOver,
    RunStartedAnnouncement announcement,
    OriginalPost originalPost,
    ChannelActions.Categorize.ChannelCategorizer categorizer,
    TimeProvider time) : IRequestHandler<CreateRunRequest, PlaybookRun>
{
    public async Task<PlaybookRun> Handle(CreateRunRequest request, CancellationToken cancellationToken)
    {
        var playbook = request.PlaybookId.Length == 0 ? null : await UsablePlaybookAsync(request, cancellationToken);
        var named = request.Name.Trim().Length > 0;
        if (!named)
        {
            CheckTemplateNames(playbook);
        }

        var post = await originalPost.ReadableAsync(request.PostId, cancellationToken);
        var ownerId = OwnerOf(request, playbook);
        if (await teams.GetRoleAsync(request.TeamId, ownerId, cancellationToken) is null)
        {
            throw AppErrorException.InvalidBody("owner_user_id", "The owner must be a member of the run's team.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var run = RunTemplate.From(playbook, Ids.New(), request.Name, request.Description, request.TeamId, ownerId, user.UserId, now);
        run.PostId = request.PostId;
        run.Severity = request.Severity.Trim();
        run.Alert = request.Alert;
        if (playbook is not null)
        {
            run.RunNumber = await numbers.NextAsync(playbook.Id, cancellationToken);
            run.SequentialId = RunNumbers.SequentialId(playbook.RunNumberPrefix, run.RunNumber);
            if (!named)
            {
                run.Name = await NameFromTemplateAsync(playbook, run, cancellationToken);
            }

            await carryOver.ApplyAsync(playbook, run, now, cancellationToken);
        }

        // The caller's membership was checked before the handler (a team-scoped request) and the owner's above.
        var invited = playbook is { InviteUsersEnabled: true } ? await TeamMembersAsync(playbook.InvitedUserIds, request.TeamId, cancellationToken) : [];
        run.ParticipantIds = new[] { user.UserId, ownerId }.Concat(invited).Distinct(StringComparer.Ordinal).ToList();
        run.ChannelId = await runChannel.OpenAsync(request, playbook, run, cancellationToken);

        var started = await runs.StartAsync(new RunStarted { Run = run, At = now, ActorId = user.UserId, Summary = $"{await usernames.CallerAsync(cancellationToken)} started the run" }, cancellationToken);
        if (playbook is not null)
        {
            await CountRunAsync(playbook.Id, now, cancellationToken);
        }

        await categorizer.RunStartedAsync(playbook, started, cancellationToken);
        await broadcaster.CreatedAsync(started, cancellationToken);
        await announcement.AnnounceAsync(started, playbook, run.FollowerIds, cancellationToken);
        if (post is not null)
        {
            await originalPost.QuoteAsync(started, post, cancellationToken);
        }

        return started;
    }

    private async Task<Playbook> UsablePlaybookAsync(CreateRunRequest request, CancellationToken cancellationToken)
    {
        var playbook = await playbookAccess.ReadableAsync(request.PlaybookId, cancellationToken);
        if (playbook.DeleteAt != 0)
        {
            throw PlaybookErrors.Archived();
        }

        if (playbook.TeamId != request.TeamId)
        {
            throw AppErrorException.InvalidBody("team_id", "The run must be in its playbook's team.");
        }

        return playbook;
    }

    // As the plugin: with no name, the playbook's template must name the run, and a run being started has no attribute values for it.
    private static void CheckTemplateNames(Playbook? playbook)
    {
        if (playbook is not { ChannelNameTemplate.Length: > 0 })
        {
            throw AppErrorException.InvalidBody("name", "name: must not be empty.");
        }

        if (RunNameTemplate.AttributePlaceholders(playbook.ChannelNameTemplate) is [_, ..] attributes)
        {
            throw AppErrorException.InvalidBody(
                "name", $"name: the playbook's channel name template needs run attributes ({string.Join(", ", attributes)}); give the run a name.");
        }
    }

    private async Task<string> NameFromTemplateAsync(Playbook playbook, PlaybookRun run, CancellationToken cancellationToken)
    {
        var mentions = await usernames.MentionsAsync([run.OwnerUserId, run.ReporterUserId], cancellationToken);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [RunNameTemplate.Sequence] = run.SequentialId,
            [RunNameTemplate.Owner] = mentions.GetValueOrDefault(run.OwnerUserId, "").TrimStart('@'),
            [RunNameTemplate.Creator] = mentions.GetValueOrDefault(run.ReporterUserId, "").TrimStart('@'),
        };
        var name = RunNameTemplate.Resolve(playbook.ChannelNameTemplate, run.SequentialId, values);
        return name.Length > CreateRunValidator.MaxNameLength ? name[..CreateRunValidator.MaxNameLength].TrimEnd() : name;
    }

    private string OwnerOf(CreateRunRequest request, Playbook? playbook) =>
        request.OwnerUserId.Length > 0 ? request.OwnerUserId
        : playbook is { DefaultOwnerEnabled: true, DefaultOwnerId.Length: > 0 } ? playbook.DefaultOwnerId
        : user.UserId;

    private async Task<List<string>> TeamMembersAsync(IEnumerable<string> userIds, string teamId, CancellationToken cancellationToken)
    {
        var members = new List<string>();
        foreach (var userId in userIds)
        {
            if (await teams.GetRoleAsync(teamId, userId, cancellationToken) is not null)
            {
                members.Add(userId);
            }
        }

        return members;
    }

    private async Task CountRunAsync(string playbookId, long now, CancellationToken cancellationToken)
    {
        await using var session = playbooks.Session();
        session.Patch<Playbook>(playbookId).Increment(p => p.NumRuns);
        session.Patch<Playbook>(playbookId).Set(p => p.LastRunAt, now);
        await session.SaveChangesAsync(cancellationToken);
    }
}
