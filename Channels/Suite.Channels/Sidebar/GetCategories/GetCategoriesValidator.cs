using FluentValidation;

namespace Suite.Channels.Sidebar.GetCategories;

internal sealed class GetCategoriesValidator : AbstractValidator<GetCategoriesRequest>
{
    public GetCategoriesValidator() => this.UserAndTeam(r => r.UserId, r => r.TeamId);
}
