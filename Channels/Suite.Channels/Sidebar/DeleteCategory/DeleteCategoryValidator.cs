using FluentValidation;

namespace Suite.Channels.Sidebar.DeleteCategory;

internal sealed class DeleteCategoryValidator : AbstractValidator<DeleteCategoryRequest>
{
    public DeleteCategoryValidator()
    {
        this.UserAndTeam(r => r.UserId, r => r.TeamId);
        RuleFor(r => r.CategoryId).Must(CategoryTypes.IsValidId).WithName("category_id").WithMessage("must be a category id.");
    }
}
