using FluentValidation;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Runs.CreateRun;

namespace Suite.Playbooks.Runs.PatchRun;

/// <summary>The run's name or summary changed (a null one is kept).</summary>
public sealed record RunPatched(string? NewName, string? NewSummary) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.Name = NewName ?? run.Name;
        if (NewSummary is not null)
        {
            run.Summary = NewSummary;
            run.SummaryModifiedAt = At;
        }

        return run;
    }
}

/// <summary>
/// <c>PATCH /runs/{id}</c> <c>{name?, summary?}</c>, the fields Mattermost's REST route changes: a participant
/// renames the run (not empty) or rewrites its summary (empty allowed); both are trimmed. Answers the run.
/// </summary>
internal sealed record PatchRunRequest(string RunId, string? Name, string? Summary) : IRequest<PlaybookRun>;

internal sealed class PatchRunValidator : AbstractValidator<PatchRunRequest>
{
    public const int MaxSummaryLength = 4096;

    public PatchRunValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("must not be empty.").MaximumLength(CreateRunValidator.MaxNameLength).When(r => r.Name is not null).OverridePropertyName("name");
        RuleFor(r => r.Summary).MaximumLength(MaxSummaryLength).When(r => r.Summary is not null).OverridePropertyName("summary");
    }
}

internal sealed class PatchRunHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, ICurrentUser user, TimeProvider time) : IRequestHandler<PatchRunRequest, PlaybookRun>
{
    public async Task<PlaybookRun> Handle(PatchRunRequest request, CancellationToken cancellationToken)
    {
        var before = await access.WorkableAsync(request.RunId, cancellationToken);
        if (request.Name is null && request.Summary is null)
        {
            return before;
        }

        var run = await runs.ChangeAsync(
            request.RunId,
            _ => [new RunPatched(request.Name, request.Summary) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId }],
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return run;
    }
}
