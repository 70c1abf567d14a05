using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.GetPreferences;

internal sealed class GetPreferencesHandler(PreferenceStore store) : IRequestHandler<GetPreferencesRequest, IReadOnlyList<Preference>>
{
    public Task<IReadOnlyList<Preference>> Handle(GetPreferencesRequest request, CancellationToken cancellationToken) =>
        store.GetAsync(request.UserId, request.Category, cancellationToken);
}
