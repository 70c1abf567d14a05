using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Boards.Archives;
using Suite.Boards.Csv;
using Suite.Boards.Trello;

namespace Suite.Boards.Imports;

internal static class ImportServices
{
    /// <summary>Archive, Trello and CSV imports and exports.</summary>
    public static IServiceCollection AddBoardImports(this IServiceCollection services, IConfiguration configuration) => services
        .AddSingleton(ImportSettings.From(configuration))
        .AddSingleton<BoardFiles>()
        .AddSingleton<ImportJobs>()
        .AddSingleton<BoardImports>()
        .AddSingleton<ArchiveExporter>()
        .AddSingleton<TrelloImporter>()
        .AddSingleton<BoardCsv>();
}
