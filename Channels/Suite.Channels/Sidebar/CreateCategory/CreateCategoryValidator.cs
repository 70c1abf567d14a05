using FluentValidation;

namespace Suite.Channels.Sidebar.CreateCategory;

internal sealed class CreateCategoryValidator : AbstractValidator<CreateCategoryRequest>
{
    public CreateCategoryValidator()
    {
        this.UserAndTeam(r => r.UserId, r => r.TeamId);
        this.Category(r => r.Category);
        RuleFor(r => r.Category.DisplayName).NotEmpty().WithName("display_name");
    }
}
