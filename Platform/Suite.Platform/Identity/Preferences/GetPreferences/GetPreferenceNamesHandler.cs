using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.GetPreferences;

internal sealed class GetPreferenceNamesHandler(PreferenceStore store) : IRequestHandler<GetPreferenceNamesRequest, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(GetPreferenceNamesRequest request, CancellationToken cancellationToken) =>
        (await store.GetAsync(request.UserId, request.Category, cancellationToken))
            .Where(p => p.Value == "true")
            .Select(p => p.Name)
            .ToList();
}
