using FluentValidation;

namespace Suite.Channels.Sidebar.GetCategory;

internal sealed class GetCategoryValidator : AbstractValidator<GetCategoryRequest>
{
    public GetCategoryValidator()
    {
        this.UserAndTeam(r => r.UserId, r => r.TeamId);
        RuleFor(r => r.CategoryId).Must(CategoryTypes.IsValidId).WithName("category_id").WithMessage("must be a category id.");
    }
}
