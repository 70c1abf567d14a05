using FluentValidation;

namespace Suite.Licensing.RequestTrialLicense;

/// <summary>Mattermost's rules: the terms accepted and a seat count; unless legacy, the contact and the company too.</summary>
internal sealed class RequestTrialLicenseValidator : AbstractValidator<RequestTrialLicense>
{
    public RequestTrialLicenseValidator()
    {
        RuleFor(r => r.Body.TermsAccepted).Equal(true).OverridePropertyName("terms_accepted")
            .WithMessage("The trial's terms must be accepted.");
        RuleFor(r => r.Body.Users).InclusiveBetween(1, 1_000_000).OverridePropertyName("users")
            .WithMessage("users must be the number of seats the trial is for, from 1 to 1,000,000.");
        When(r => !r.Body.IsLegacy, () =>
        {
            RuleFor(r => r.Body.ContactName).NotEmpty().MaximumLength(128).OverridePropertyName("contact_name");
            RuleFor(r => r.Body.ContactEmail).EmailAddress().MaximumLength(128).OverridePropertyName("contact_email");
            RuleFor(r => r.Body.CompanyName).NotEmpty().MaximumLength(128).OverridePropertyName("company_name");
            RuleFor(r => r.Body.CompanyCountry).NotEmpty().MaximumLength(64).OverridePropertyName("company_country");
            RuleFor(r => r.Body.CompanySize).NotEmpty().MaximumLength(32).OverridePropertyName("company_size");
        });
    }
}
