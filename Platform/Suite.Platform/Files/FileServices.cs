using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Files;

internal static class FileServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IFileStore>(new LocalFileStore(Path.Combine(SuiteOptions.From(configuration).DataDirectory, "files")));
        services.AddSingleton<IImageCodec, SkiaImageCodec>();
    }
}
