using FluentValidation;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.ChannelActions;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.CreateRun;

namespace Suite.Playbooks.Keywords;

/// <summary>
/// <c>POST /signal/keywords/run-playbook</c>: "Yes, run playbook" on a keyword prompt. Starts a run of the
/// chosen playbook (one the prompt offers) as the caller, through <see cref="CreateRunRequest"/> with its
/// checks, linked to the post that held the keywords. A prompt is answered once.
/// </summary>
internal sealed record RunPlaybookFromPromptRequest(string PromptPostId, string PlaybookId, string RunName) : IRequest<PlaybookRun>;

/// <summary><c>POST /signal/keywords/ignore-thread</c>: the prompted post's author is not prompted again in that thread.</summary>
internal sealed record IgnoreKeywordThreadRequest(string PromptPostId) : IRequest;

internal sealed class RunPlaybookFromPromptValidator : AbstractValidator<RunPlaybookFromPromptRequest>
{
    public RunPlaybookFromPromptValidator()
    {
        RuleFor(r => r.PromptPostId).Must(Ids.IsValid).WithMessage("must be the prompt post's id.").OverridePropertyName("post_id");
        RuleFor(r => r.PlaybookId).Must(Ids.IsValid).WithMessage("must be the id of a playbook the prompt offers.").OverridePropertyName("selected_option");
        RuleFor(r => r.RunName).MaximumLength(CreateRunValidator.MaxNameLength).OverridePropertyName("run_name");
    }
}

internal sealed class IgnoreKeywordThreadValidator : AbstractValidator<IgnoreKeywordThreadRequest>
{
    public IgnoreKeywordThreadValidator() =>
        RuleFor(r => r.PromptPostId).Must(Ids.IsValid).WithMessage("must be the prompt post's id.").OverridePropertyName("post_id");
}

internal sealed class RunPlaybookFromPromptHandler(KeywordPromptStore prompts, ChannelActionAccess channels, PlaybookAccess playbooks, ISender sender)
    : IRequestHandler<RunPlaybookFromPromptRequest, PlaybookRun>
{
    public async Task<PlaybookRun> Handle(RunPlaybookFromPromptRequest request, CancellationToken cancellationToken)
    {
        var prompt = await KeywordPrompts.ReadableAsync(prompts, channels, request.PromptPostId, cancellationToken);
        if (!prompt.PlaybookIds.Contains(request.PlaybookId))
        {
            throw AppErrorException.InvalidBody("selected_option", "The playbook must be one the prompt offers.");
        }

        var playbook = await playbooks.ReadableAsync(request.PlaybookId, cancellationToken);
        if (!await prompts.TryAnswerAsync(prompt.Id, cancellationToken))
        {
            throw KeywordPrompts.Answered();
        }

        try
        {
            return await sender.Send(
                new CreateRunRequest
                {
                    Name = request.RunName.Trim().Length > 0 ? request.RunName.Trim() : playbook.Title,
                    TeamId = prompt.TeamId,
                    PlaybookId = playbook.Id,
                    PostId = prompt.TriggerPostId,
                },
                cancellationToken);
        }
        catch
        {
            await prompts.ReleaseAsync(prompt.Id, CancellationToken.None);
            throw;
        }
    }
}

internal sealed class IgnoreKeywordThreadHandler(KeywordPromptStore prompts, ChannelActionAccess channels) : IRequestHandler<IgnoreKeywordThreadRequest, Unit>
{
    public async Task<Unit> Handle(IgnoreKeywordThreadRequest request, CancellationToken cancellationToken)
    {
        var prompt = await KeywordPrompts.ReadableAsync(prompts, channels, request.PromptPostId, cancellationToken);
        await prompts.IgnoreAsync([prompt.TriggerPostId, prompt.TriggerRootId], prompt.TriggerUserId, cancellationToken);
        await prompts.TryAnswerAsync(prompt.Id, cancellationToken);
        return Unit.Value;
    }
}

internal static class KeywordPrompts
{
    /// <summary>The prompt, when the caller may read its channel; 404 otherwise, as for a prompt that does not exist.</summary>
    public static async Task<KeywordPrompt> ReadableAsync(KeywordPromptStore prompts, ChannelActionAccess channels, string promptPostId, CancellationToken cancellationToken)
    {
        var prompt = await prompts.FindAsync(promptPostId, cancellationToken) ?? throw NotFound();
        try
        {
            await channels.ViewableAsync(prompt.ChannelId, cancellationToken);
        }
        catch (AppErrorException ex) when (ex.Error.StatusCode == 404)
        {
            throw NotFound();
        }

        return prompt;
    }

    public static AppErrorException Answered() => new(409, "api.playbooks.keyword_prompt.answered", "This prompt was already answered.");

    private static AppErrorException NotFound() => AppErrorException.NotFound("keyword prompt");
}
