using FluentValidation;

namespace Suite.Channels.Sidebar.UpdateCategories;

internal sealed class UpdateCategoriesValidator : AbstractValidator<UpdateCategoriesRequest>
{
    public UpdateCategoriesValidator()
    {
        this.UserAndTeam(r => r.UserId, r => r.TeamId);
        RuleFor(r => r.Categories).NotEmpty().WithName("categories");
        RuleForEach(r => r.Categories).ChildRules(category =>
        {
            category.RuleFor(c => c.Id).Must(CategoryTypes.IsValidId).WithName("id").WithMessage("must be a category id.");
            category.RuleFor(c => c.Sorting ?? "").Must(s => CategoryTypes.Sortings.Contains(s)).WithName("sorting")
                .WithMessage("must be one of \"\", manual, recent, alpha.");
            category.RuleFor(c => c.DisplayName ?? "").MaximumLength(CategoryTypes.MaxDisplayNameLength).WithName("display_name");
            category.RuleFor(c => c.ChannelIds ?? Array.Empty<string>()).Must(ids => ids.All(Suite.Platform.Ids.IsValid)).WithName("channel_ids")
                .WithMessage("must hold valid channel ids.");
        });
    }
}
