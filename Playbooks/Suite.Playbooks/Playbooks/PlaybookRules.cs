using System.Text.RegularExpressions;
using FluentValidation;
using Suite.Platform;
using Suite.Playbooks.Checklists;

namespace Suite.Playbooks.Playbooks;

/// <summary>What a playbook written through the API must satisfy, on create and on replace.</summary>
internal sealed partial class PlaybookRules : AbstractValidator<Playbook>
{
    public const int MaxMetrics = 4;
    public const int MaxTitleLength = 1024;

    /// <summary>Mattermost's limit on a run channel's sidebar category name.</summary>
    public const int MaxCategoryNameLength = 22;

    public PlaybookRules()
    {
        RuleFor(p => p.Title).NotEmpty().WithMessage("must not be empty.").MaximumLength(MaxTitleLength);
        RuleFor(p => p.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(p => p.ChannelMode).Must(m => m is ChannelModes.CreateNew or ChannelModes.LinkExisting)
            .WithMessage($"must be {ChannelModes.CreateNew} or {ChannelModes.LinkExisting}.");
        RuleFor(p => p.ChannelId).Must(Ids.IsValid).When(p => p.ChannelMode == ChannelModes.LinkExisting)
            .WithMessage("must be a valid channel id when the playbook links an existing channel.");
        RuleFor(p => p.ChannelNameTemplate).MaximumLength(1024);
        RuleFor(p => p.RunSummaryTemplate).MaximumLength(4096);
        RuleFor(p => p.CategoryName).MaximumLength(64);
        RuleFor(p => p.CategoryName).NotEmpty().MaximumLength(MaxCategoryNameLength).When(p => p.CategorizeChannelEnabled)
            .WithMessage($"must be 1 to {MaxCategoryNameLength} characters when categorize_channel_enabled is set.");
        RuleFor(p => p.NewChannelOnly).Equal(false).When(p => p.ChannelMode == ChannelModes.LinkExisting)
            .WithMessage("cannot be set while the playbook links an existing channel (channel_mode).");
        RuleFor(p => p.SignalAnyKeywords).Must(k => k.Count <= 64).WithMessage("may hold at most 64 keywords.");
        RuleForEach(p => p.SignalAnyKeywords).NotEmpty().WithMessage("must not be empty.").MaximumLength(128);
        RuleFor(p => p.RunNumberPrefix).MaximumLength(32).Must(p => p.Length == 0 || PrefixPattern().IsMatch(p))
            .WithMessage("may hold letters, digits and inner hyphens only.");
        RuleFor(p => p.ReminderTimerDefaultSeconds).GreaterThanOrEqualTo(0);
        RuleFor(p => p.RetrospectiveReminderIntervalSeconds).GreaterThanOrEqualTo(0);
        RuleFor(p => p.Metrics).Must(m => m.Count <= MaxMetrics).WithMessage($"may hold at most {MaxMetrics} metrics.");
        RuleForEach(p => p.Metrics).ChildRules(metric =>
        {
            metric.RuleFor(m => m.Title).NotEmpty().WithMessage("must not be empty.");
            metric.RuleFor(m => m.Type).Must(t => t is "metric_duration" or "metric_currency" or "metric_integer")
                .WithMessage("must be metric_duration, metric_currency or metric_integer.");
        });
        RuleForEach(p => p.Members).ChildRules(member =>
        {
            member.RuleFor(m => m.UserId).Must(Ids.IsValid).WithMessage("must be a valid id.");
            member.RuleForEach(m => m.Roles).Must(r => r is PlaybookRoles.Admin or PlaybookRoles.Member)
                .WithMessage($"must be {PlaybookRoles.Admin} or {PlaybookRoles.Member}.");
        });
        RuleForEach(p => p.BroadcastChannelIds).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleForEach(p => p.InvitedUserIds).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(p => p.DefaultOwnerId).Must(Ids.IsValid).When(p => p.DefaultOwnerEnabled).WithMessage("must be a valid id.");
        RuleForEach(p => p.WebhookOnStatusUpdateUrls).Must(IsWebUrl).WithMessage("must be an absolute http or https URL.");
        RuleForEach(p => p.WebhookOnCreationUrls).Must(IsWebUrl).WithMessage("must be an absolute http or https URL.");
        RuleForEach(p => p.Checklists).SetValidator(new ChecklistRules());
    }

    public static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")]
    private static partial Regex PrefixPattern();
}

/// <summary>A checklist and its items, in a playbook or added to a run.</summary>
internal sealed class ChecklistRules : AbstractValidator<Checklist>
{
    public ChecklistRules()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("must not be empty.").MaximumLength(PlaybookRules.MaxTitleLength);
        RuleForEach(c => c.Items).SetValidator(new ChecklistItemRules());
    }
}

internal sealed class ChecklistItemRules : AbstractValidator<ChecklistItem>
{
    public ChecklistItemRules()
    {
        RuleFor(i => i.Title).NotEmpty().WithMessage("must not be empty.").MaximumLength(PlaybookRules.MaxTitleLength);
        RuleFor(i => i.State).Must(ChecklistItemStates.All.Contains).WithMessage("must be \"\", in_progress, closed or skipped.");
        RuleFor(i => i.AssigneeType).Must(t => t is "" or "owner" or "creator").WithMessage("must be \"\", owner or creator.");
        RuleFor(i => i.AssigneeId).Must(a => a.Length == 0 || Ids.IsValid(a)).WithMessage("must be a valid id.");
        RuleFor(i => i.Command).MaximumLength(1024).Must(c => c.Length == 0 || c.StartsWith('/')).WithMessage("must be a slash command starting with '/'.");
        RuleFor(i => i.DueDate).GreaterThanOrEqualTo(0);
    }
}
