using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Sidebar;

/// <summary>The URL's user and team, which every sidebar request names.</summary>
internal static class SidebarRequestRules
{
    public static void UserAndTeam<T>(this AbstractValidator<T> validator, Func<T, string> userId, Func<T, string> teamId)
    {
        validator.RuleFor(r => userId(r)).Must(Me.IsValidUserRef).WithName("user_id").WithMessage("must be a valid id or me.");
        validator.RuleFor(r => teamId(r)).Must(Ids.IsValid).WithName("team_id").WithMessage("must be a valid id.");
    }

    public static void Category<T>(this AbstractValidator<T> validator, Func<T, SidebarCategoryBody> body)
    {
        validator.RuleFor(r => body(r).Sorting ?? "").Must(s => CategoryTypes.Sortings.Contains(s)).WithName("sorting")
            .WithMessage("must be one of \"\", manual, recent, alpha.");
        validator.RuleFor(r => body(r).DisplayName ?? "").MaximumLength(CategoryTypes.MaxDisplayNameLength).WithName("display_name");
        validator.RuleFor(r => body(r).ChannelIds ?? Array.Empty<string>()).Must(ids => ids.All(Ids.IsValid)).WithName("channel_ids")
            .WithMessage("must hold valid channel ids.");
    }
}
