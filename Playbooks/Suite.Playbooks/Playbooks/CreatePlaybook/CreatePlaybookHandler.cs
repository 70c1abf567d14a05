using Suite.Platform;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.FollowUps;
using Suite.Playbooks.Playbooks.Members;

namespace Suite.Playbooks.Playbooks.CreatePlaybook;

internal sealed class CreatePlaybookHandler(PlaybookStore store, ICurrentUser user, IFeatureGate gate, FollowUpBoard followUpBoard, ITeamMembership teams, PlaybookTeamEvents events, TimeProvider time)
    : IRequestHandler<CreatePlaybookRequest, Playbook>
{
    public async Task<Playbook> Handle(CreatePlaybookRequest request, CancellationToken cancellationToken)
    {
        gate.RequireFor(request.Playbook);
        await teams.RequireTeamMembersAsync(request.Playbook, before: null, cancellationToken);
        await followUpBoard.CheckAsync(request.Playbook, before: null, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var playbook = request.Playbook;
        playbook.Id = Ids.New();
        playbook.CreateAt = now;
        playbook.UpdateAt = now;
        playbook.DeleteAt = 0;
        playbook.NumRuns = 0;
        playbook.LastRunAt = 0;
        PlaybookWrites.EnsureAdmin(playbook, user.UserId);
        PlaybookWrites.AssignIds(playbook, now);
        await store.SaveAsync(playbook, cancellationToken);
        await events.CreatedAsync(playbook.TeamId, cancellationToken);
        return playbook;
    }
}
