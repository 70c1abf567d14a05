using FluentValidation;

namespace Suite.Channels.Sidebar.UpdateCategoryOrder;

internal sealed class UpdateCategoryOrderValidator : AbstractValidator<UpdateCategoryOrderRequest>
{
    public UpdateCategoryOrderValidator()
    {
        this.UserAndTeam(r => r.UserId, r => r.TeamId);
        RuleForEach(r => r.Order).Must(CategoryTypes.IsValidId).WithName("order").WithMessage("must hold category ids.");
        RuleFor(r => r.Order).Must(o => o.Distinct().Count() == o.Count).WithName("order").WithMessage("must not repeat a category.");
    }
}
