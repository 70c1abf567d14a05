using FluentValidation;

namespace Suite.Platform.Identity.Roles;

internal sealed class GetRolesByNamesValidator : AbstractValidator<GetRolesByNamesRequest>
{
    public GetRolesByNamesValidator()
    {
        RuleFor(r => r.Names).NotEmpty().Must(n => n.Count <= 100).WithName("rolenames").WithMessage("must list 1 to 100 role names.");
        RuleForEach(r => r.Names).NotEmpty().MaximumLength(64).WithName("rolenames");
    }
}
