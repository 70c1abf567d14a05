using FluentValidation;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.ChannelActions;
using Suite.Playbooks.Playbooks.Autocomplete;

namespace Suite.Playbooks.Runs.Autocomplete;

/// <summary>What a run autocomplete lists: the channel's runs, their checklists, or their items.</summary>
internal enum RunAutocompleteKind
{
    Runs,
    Checklists,
    Items,
}

/// <summary>
/// <c>GET /runs/runs-autocomplete</c>, <c>/checklist-autocomplete</c> and <c>/checklist-autocomplete-item</c>
/// <c>?channel_id=</c>: the numbers the <c>/playbook</c> sub-commands take, as Mattermost's plugin lists them. The
/// channel's runs in progress that the caller may see, in the sub-commands' order; with several, each choice starts
/// with the run's number and each hint with its name. A channel the caller may not read, or without such runs, is 404.
/// </summary>
internal sealed record GetRunAutocompleteRequest(string ChannelId, RunAutocompleteKind Kind) : IRequest<IReadOnlyList<AutocompleteItem>>;

internal sealed class GetRunAutocompleteValidator : AbstractValidator<GetRunAutocompleteRequest>
{
    public GetRunAutocompleteValidator() => RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("is required.").OverridePropertyName("channel_id");
}

internal sealed class GetRunAutocompleteHandler(ChannelActionAccess channels, SlashCommand.ChannelRuns channelRuns) : IRequestHandler<GetRunAutocompleteRequest, IReadOnlyList<AutocompleteItem>>
{
    public async Task<IReadOnlyList<AutocompleteItem>> Handle(GetRunAutocompleteRequest request, CancellationToken cancellationToken)
    {
        await channels.ViewableAsync(request.ChannelId, cancellationToken);
        var runs = await channelRuns.InProgressAsync(request.ChannelId, cancellationToken);
        if (runs.Count == 0)
        {
            throw AppErrorException.NotFound("run");
        }

        var several = runs.Count > 1;
        string Number(int run) => several ? $"{run} " : "";
        string Name(PlaybookRun run) => several ? $"\"{run.Name}\" - " : "";
        return request.Kind switch
        {
            RunAutocompleteKind.Runs => several ? runs.Select((run, r) => new AutocompleteItem($"{r}", $"\"{run.Name}\"", "")).ToList() : [],
            RunAutocompleteKind.Checklists => runs.SelectMany((run, r) => run.Checklists.Select((checklist, c) =>
                new AutocompleteItem($"{Number(r)}{c}", $"{Name(run)}\"{TimelineText.Plain(checklist.Title)}\"", ""))).ToList(),
            _ => runs.SelectMany((run, r) => run.Checklists.SelectMany((checklist, c) => checklist.Items.Select((item, i) =>
                new AutocompleteItem($"{Number(r)}{c} {i}", $"{Name(run)}\"{TimelineText.Plain(item.Title)}\"", "")))).ToList(),
        };
    }
}
