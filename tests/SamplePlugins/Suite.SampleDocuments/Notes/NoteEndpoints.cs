using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform;
using Suite.Platform.Documents;

namespace Suite.SampleDocuments.Notes;

/// <summary>Notes over HTTP: each write stores the document and appends to its stream in one transaction.</summary>
internal static class NoteEndpoints
{
    private const string Root = "/api/v4/sampledocuments/notes";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Root, async (NoteBody body, ModuleDocumentStore<SampleDocumentsModule> documents, TimeProvider time, CancellationToken ct) =>
        {
            var note = new Note(Ids.New(), body.Title, time.GetUtcNow().ToUnixTimeMilliseconds());
            await using var session = documents.Store.LightweightSession();
            session.Store(note);
            session.Events.StartStream<NoteHistory>(note.Id, new NoteWritten(body.Title));
            await session.SaveChangesAsync(ct);
            return Results.Json(note, statusCode: StatusCodes.Status201Created);
        });

        endpoints.MapPut(Root + "/{id}", async (string id, NoteBody body, ModuleDocumentStore<SampleDocumentsModule> documents, CancellationToken ct) =>
        {
            await using var session = documents.Store.LightweightSession();
            var note = await session.LoadAsync<Note>(id, ct);
            if (note is null)
            {
                return Results.NotFound();
            }

            session.Store(note with { Title = body.Title });
            session.Events.Append(id, new NoteRetitled(body.Title));
            await session.SaveChangesAsync(ct);
            return Results.Json(note with { Title = body.Title });
        });

        endpoints.MapGet(Root, async (string title, ModuleDocumentStore<SampleDocumentsModule> documents, CancellationToken ct) =>
        {
            await using var session = documents.Store.QuerySession();
            return Results.Json(await session.Query<Note>().Where(n => n.Title == title).OrderBy(n => n.CreateAt).ToListAsync(ct));
        });

        endpoints.MapGet(Root + "/{id}/history", async (string id, ModuleDocumentStore<SampleDocumentsModule> documents, CancellationToken ct) =>
        {
            await using var session = documents.Store.QuerySession();
            var projected = await session.LoadAsync<NoteHistory>(id, ct);
            var events = await session.Events.FetchStreamAsync(id, token: ct);
            return projected is null
                ? Results.NotFound()
                : Results.Json(new { titles = projected.Titles, events = events.Select(e => e.Data.GetType().Name) });
        });
    }
}
