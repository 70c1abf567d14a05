using FluentValidation;
using Suite.Channels.Api;

namespace Suite.Channels.Members.GetTeamUnreads;

internal sealed class GetTeamUnreadsValidator : AbstractValidator<GetTeamUnreadsRequest>
{
    public GetTeamUnreadsValidator()
    {
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
    }
}
