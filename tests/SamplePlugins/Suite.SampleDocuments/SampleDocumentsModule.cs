using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Documents;
using Suite.Platform.Modules;
using Suite.SampleDocuments.Notes;
using Suite.Samples.Contracts;

namespace Suite.SampleDocuments;

/// <summary>A plugin that keeps its state in Marten: a document, an event stream, and an inline projection of it.</summary>
public sealed class SampleDocumentsModule : SuiteModule
{
    public override string Name => SampleModuleNames.Documents;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // Settings the schema tests use to change the mapping between two starts of the same database.
        var indexTitles = configuration.GetValue<bool>("SampleDocuments:IndexTitles");
        var titleColumnType = configuration["SampleDocuments:TitleColumnType"];
        services.AddModuleDocumentStore<SampleDocumentsModule>(options =>
        {
            var notes = options.Schema.For<Note>();
            if (indexTitles)
            {
                notes.Index(n => n.Title);
            }

            if (titleColumnType is not null)
            {
                notes.Duplicate(n => n.Title, pgType: titleColumnType);
            }

            options.Events.AddEventType<NoteWritten>();
            options.Events.AddEventType<NoteRetitled>();
            options.Projections.Snapshot<NoteHistory>(SnapshotLifecycle.Inline);
        });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleInfo(this);
        NoteEndpoints.Map(endpoints);
    }
}
