using FluentValidation;
using Suite.Samples.Contracts;

namespace Suite.SampleValid.Echo;

internal sealed class SampleEchoValidator : AbstractValidator<SampleEcho>
{
    public SampleEchoValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(100);
}
