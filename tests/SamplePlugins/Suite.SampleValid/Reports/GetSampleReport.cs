using Suite.Platform.Mediator;

namespace Suite.SampleValid.Reports;

/// <summary>Anyone may ask, but only a Professional license answers.</summary>
[RequiresFeature(SampleValidModule.ReportsFeature)]
internal sealed record GetSampleReport : IRequest<string>, IAnonymousRequest;
