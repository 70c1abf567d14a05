using System.Text.Json.Serialization;
using FluentValidation;
using Marten;
using Suite.Platform;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Playbooks.Autocomplete;

/// <summary>
/// <c>GET /playbooks/autocomplete?team_id=</c>: the first playbooks of the team the caller may see, by
/// title, as the choices of the <c>/playbook run</c> slash command (archived ones with <c>with_archived=true</c>).
/// </summary>
internal sealed record GetPlaybooksAutocompleteRequest(string TeamId, bool WithArchived) : IRequest<List<AutocompleteItem>>, ITeamScopedRequest;

/// <summary>Mattermost's <c>AutocompleteListItem</c>, whose fields keep their Go names on the wire.</summary>
internal sealed record AutocompleteItem(
    [property: JsonPropertyName("Item")] string Item,
    [property: JsonPropertyName("Hint")] string Hint,
    [property: JsonPropertyName("HelpText")] string HelpText);

internal sealed class GetPlaybooksAutocompleteValidator : AbstractValidator<GetPlaybooksAutocompleteRequest>
{
    public GetPlaybooksAutocompleteValidator() => RuleFor(r => r.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.").OverridePropertyName("team_id");
}

internal sealed class GetPlaybooksAutocompleteHandler(PlaybookStore store, ICurrentUser user)
    : IRequestHandler<GetPlaybooksAutocompleteRequest, List<AutocompleteItem>>
{
    /// <summary>As many as Mattermost offers.</summary>
    public const int MaxItems = 15;

    public async Task<List<AutocompleteItem>> Handle(GetPlaybooksAutocompleteRequest request, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var query = session.Query<Playbook>().Where(p => p.TeamId == request.TeamId);
        if (!user.IsSystemAdmin)
        {
            var userId = user.UserId;
            query = query.Where(p => p.Public || p.Members.Any(m => m.UserId == userId));
        }

        if (!request.WithArchived)
        {
            query = query.Where(p => p.DeleteAt == 0);
        }

        var playbooks = await query.OrderBy(p => p.Title).Take(MaxItems).ToListAsync(cancellationToken);
        return playbooks.Select(p => new AutocompleteItem(p.Id, "", p.Title)).ToList();
    }
}
