using FluentValidation;

namespace Suite.Playbooks.PropertyFields;

/// <summary>What a playbook's property field written through the API must satisfy.</summary>
internal sealed class PropertyFieldRules : AbstractValidator<PropertyField>
{
    public const int MaxNameLength = 255;
    public const int MaxOptionLength = 128;

    public PropertyFieldRules()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("must not be empty.").MaximumLength(MaxNameLength);
        RuleFor(f => f.Type).Must(PropertyFieldTypes.All.Contains).WithMessage($"must be one of {string.Join(", ", PropertyFieldTypes.All)}.");
        RuleFor(f => f.Attrs).NotNull().WithMessage("must be an object.");
        RuleFor(f => f.Attrs.Visibility)
            .Must(v => v is "" or PropertyVisibilities.Hidden or PropertyVisibilities.WhenSet or PropertyVisibilities.Always)
            .WithMessage($"must be {PropertyVisibilities.Hidden}, {PropertyVisibilities.WhenSet} or {PropertyVisibilities.Always}.")
            .When(f => f.Attrs is not null);
        RuleFor(f => f.Attrs.Options).NotNull().WithMessage("must be a list.").When(f => f.Attrs is not null);
        RuleForEach(f => f.Attrs.Options).ChildRules(option =>
        {
            option.RuleFor(o => o.Name).NotEmpty().WithMessage("must not be empty.").MaximumLength(MaxOptionLength);
            option.RuleFor(o => o.Color).MaximumLength(MaxOptionLength);
        }).When(f => f.Attrs is { Options: not null });
        RuleFor(f => f.Attrs.Options)
            .Must(options => options.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count() == options.Count)
            .WithMessage("must have distinct names.")
            .Must(options => options.Count > 0)
            .WithMessage("must hold at least one choice for a select or multiselect field.")
            .When(f => f.Attrs is { Options: not null } && PropertyFieldTypes.HasOptions(f.Type));
    }
}
