using FluentValidation;
using Suite.Platform;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Playbooks.PropertyFields;

namespace Suite.Playbooks.Playbooks.ExportImport;

/// <summary>
/// <c>POST /playbooks/import?team_id=</c>: a new playbook from an export file, in the team, public
/// (so no license is needed for that), with the importer as its only member and admin. Metric
/// targets and run attributes need the license they need anywhere else. Answers the new id.
/// </summary>
internal sealed record ImportPlaybookRequest(ImportedPlaybook File) : IRequest<string>, ITeamScopedRequest
{
    public string TeamId => File.Playbook.TeamId;
}

internal sealed class ImportPlaybookValidator : AbstractValidator<ImportPlaybookRequest>
{
    public ImportPlaybookValidator()
    {
        RuleFor(r => r.File.Playbook).SetValidator(new PlaybookRules()).OverridePropertyName("playbook");
        RuleFor(r => r.File.Properties).Must(p => p.Count <= PropertyFieldStore.MaxPerPlaybook)
            .WithMessage($"may hold at most {PropertyFieldStore.MaxPerPlaybook} fields.").OverridePropertyName("properties");
        RuleForEach(r => r.File.Properties).SetValidator(new PropertyFieldRules()).OverridePropertyName("properties");
    }
}

internal sealed class ImportPlaybookHandler(PlaybookStore store, ICurrentUser user, IFeatureGate gate, PlaybookTeamEvents events, TimeProvider time)
    : IRequestHandler<ImportPlaybookRequest, string>
{
    public async Task<string> Handle(ImportPlaybookRequest request, CancellationToken cancellationToken)
    {
        if (request.File.Properties.Count > 0)
        {
            gate.Require(PlaybookFeatures.AttributesKey);
        }

        var playbook = request.File.Playbook;
        playbook.Public = true;
        gate.RequireFor(playbook);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        playbook.Id = Ids.New();
        playbook.CreateAt = now;
        playbook.UpdateAt = now;
        playbook.Members = [new PlaybookMember { UserId = user.UserId, Roles = [PlaybookRoles.Member, PlaybookRoles.Admin] }];
        PlaybookWrites.AssignIds(playbook, now);
        var properties = request.File.Properties.Select((field, position) => PropertyFieldWrites.Prepare(field, playbook.Id, existing: null, position, now)).ToList();

        await using var session = store.Session();
        session.Store(playbook);
        if (properties.Count > 0)
        {
            session.Store(properties.ToArray());
        }

        await session.SaveChangesAsync(cancellationToken);
        await events.CreatedAsync(playbook.TeamId, cancellationToken);
        return playbook.Id;
    }
}
