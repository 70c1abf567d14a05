using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Teams.AddTeamMembers;

internal sealed class AddTeamMembersValidator : AbstractValidator<AddTeamMembersRequest>
{
    public const int MaxBatch = 256;

    public AddTeamMembersValidator()
    {
        RuleFor(x => x.TeamId).IsIdInUrl("team_id");
        RuleFor(x => x.UserIds).NotEmpty().Must(ids => ids.Count <= MaxBatch).WithName("members").WithMessage($"must list 1 to {MaxBatch} members.");
        RuleForEach(x => x.UserIds).IsIdInBody("user_id");
    }
}
