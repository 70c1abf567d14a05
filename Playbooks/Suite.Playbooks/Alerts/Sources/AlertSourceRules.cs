using FluentValidation;

namespace Suite.Playbooks.Alerts.Sources;

/// <summary>The limits on a source's name, template and rules, shared by create and update.</summary>
internal static class AlertSourceRules
{
    public const int MaxName = 128;
    public const int MaxNameTemplate = 256;
    public const int MaxRules = 50;
    public const int MaxMatchers = 20;
    public const int MaxLabel = 128;
    public const int MaxValue = 1024;

    public static void ValidName<T>(IRuleBuilder<T, string?> rule) =>
        rule.Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("must not be empty.").MaximumLength(MaxName);

    public static void ValidTemplate<T>(IRuleBuilder<T, string?> rule) => rule.MaximumLength(MaxNameTemplate);

    public static void ValidRules<T>(IRuleBuilder<T, List<AlertRule>?> rule) =>
        rule.Must(rules => rules is null || rules.Count <= MaxRules).WithMessage($"must not hold more than {MaxRules} rules.")
            .ForEach(each => each.NotNull().WithMessage("must be an object.").SetValidator(new AlertRuleValidator()));

    private sealed class AlertRuleValidator : AbstractValidator<AlertRule>
    {
        public AlertRuleValidator()
        {
            RuleFor(r => r.Matchers).NotNull().WithMessage("must be a list.")
                .Must(m => m is null || m.Count <= MaxMatchers).WithMessage($"must not hold more than {MaxMatchers} matchers.");
            RuleForEach(r => r.Matchers).NotNull().WithMessage("must be an object.").SetValidator(new LabelMatcherValidator());
            RuleFor(r => r.Severities).NotNull().WithMessage("must be a list.");
            RuleForEach(r => r.Severities).NotEmpty().WithMessage("must not be empty.").MaximumLength(MaxLabel);
            RuleFor(r => r).Must(r => r.Matchers is not { Count: 0 } || r.Severities is not { Count: 0 })
                .WithMessage("A rule needs at least one matcher or severity; a source with no rules at all starts a run for every firing alert.");
        }
    }

    private sealed class LabelMatcherValidator : AbstractValidator<LabelMatcher>
    {
        public LabelMatcherValidator()
        {
            RuleFor(m => m.Label).NotEmpty().WithMessage("must not be empty.").MaximumLength(MaxLabel);
            RuleFor(m => m.Op).Must(op => LabelMatcher.Operators.Contains(op)).WithMessage($"must be one of {string.Join(", ", LabelMatcher.Operators)}.");
            RuleFor(m => m.Value).NotNull().WithMessage("must be a string.").MaximumLength(MaxValue);
            RuleFor(m => m.Value).Must(BeAnExpression).When(m => m.Op is "=~" or "!~")
                .WithMessage("must be a regular expression without backreferences or lookarounds.");
        }

        private static bool BeAnExpression(string? pattern)
        {
            try
            {
                _ = LabelMatcher.Anchored(pattern ?? "");
                return true;
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                return false;
            }
        }
    }
}
