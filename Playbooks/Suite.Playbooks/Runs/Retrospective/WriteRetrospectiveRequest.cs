using FluentValidation;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.Retrospective;

/// <summary>
/// <c>POST /runs/{id}/retrospective</c> (save the draft) and <c>.../retrospective/publish</c>:
/// <c>{retrospective, metrics: [{metric_config_id, value}]}</c>, values for the playbook's metrics only.
/// </summary>
internal sealed record WriteRetrospectiveRequest(string RunId, string Text, IReadOnlyList<RunMetricValue> Metrics, bool Publish) : IRequest;

internal sealed class WriteRetrospectiveValidator : AbstractValidator<WriteRetrospectiveRequest>
{
    public WriteRetrospectiveValidator()
    {
        RuleFor(r => r.Text).MaximumLength(65_535).OverridePropertyName("retrospective");
        RuleForEach(r => r.Metrics).ChildRules(metric =>
            metric.RuleFor(m => m.Value).GreaterThanOrEqualTo(0).When(m => m.Value is not null).WithMessage("must not be negative.")).OverridePropertyName("metrics");
    }
}
