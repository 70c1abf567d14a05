using FluentValidation;

namespace Suite.Channels.Sidebar.UpdateCategory;

internal sealed class UpdateCategoryValidator : AbstractValidator<UpdateCategoryRequest>
{
    public UpdateCategoryValidator()
    {
        this.UserAndTeam(r => r.UserId, r => r.TeamId);
        RuleFor(r => r.CategoryId).Must(CategoryTypes.IsValidId).WithName("category_id").WithMessage("must be a category id.");
        this.Category(r => r.Category);
    }
}
