using FluentValidation;

namespace Suite.Channels.Sidebar.GetCategoryOrder;

internal sealed class GetCategoryOrderValidator : AbstractValidator<GetCategoryOrderRequest>
{
    public GetCategoryOrderValidator() => this.UserAndTeam(r => r.UserId, r => r.TeamId);
}
