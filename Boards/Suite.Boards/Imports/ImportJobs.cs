using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Platform.Errors;

namespace Suite.Boards.Imports;

/// <summary>
/// Runs imports as jobs whose progress is stored (<see cref="ImportJob"/>): the request that started one either
/// waits for it (Focalboard's behaviour) or answers at once with the job for the client to poll.
/// </summary>
internal sealed partial class ImportJobs(BoardStore store, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<ImportJobs> logger)
{
    public delegate Task<ImportSummary> ImportWork(ImportProgress progress, CancellationToken cancellationToken);

    /// <summary>
    /// Records the job and runs <paramref name="work"/> on the thread pool, disposing <paramref name="upload"/>
    /// after it; with <paramref name="wait"/> answers the finished job (and throws the import's error), else the running one.
    /// </summary>
    public async Task<ImportJob> StartAsync(ImportJob job, ImportUpload upload, ImportWork work, bool wait, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        job.Id = Platform.Ids.New();
        job.State = ImportJob.Running;
        job.CreateAt = now;
        job.UpdateAt = now;
        try
        {
            await SaveAsync(job, cancellationToken);
        }
        catch
        {
            await upload.DisposeAsync();
            throw;
        }

        var running = Task.Run(() => RunAsync(job, upload, work), CancellationToken.None);
        if (!wait)
        {
            return job;
        }

        await running;
        if (job.State == ImportJob.Failed)
        {
            throw new AppErrorException(job.ErrorCode, "api.boards.import", job.Error);
        }

        return job;
    }

    public async Task<ImportJob?> FindAsync(string jobId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<ImportJob>(jobId, cancellationToken);
    }

    private async Task RunAsync(ImportJob job, ImportUpload upload, ImportWork work)
    {
        var stopping = lifetime.ApplicationStopping;
        await using (upload)
        {
            try
            {
                job.Summary = await work(new ImportProgress(store, job, time), stopping);
                job.State = ImportJob.Done;

                // What an import skips (an unused file of an archive) is never read; done is all of it.
                job.Total = Math.Max(job.Total, job.Processed);
                job.Processed = job.Total;
            }
            catch (Exception ex) when (Refusal(ex) is { } refusal)
            {
                job.State = ImportJob.Failed;
                (job.ErrorCode, job.Error) = refusal;
            }
            catch (Exception ex)
            {
                LogImportFailed(logger, ex, job.Id);
                job.State = ImportJob.Failed;
                (job.ErrorCode, job.Error) = (500, "the import failed on the server; nothing was imported");
            }
        }

        job.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await SaveAsync(job, CancellationToken.None);
    }

    // Bad input is the client's to fix: its message says what is wrong and where.
    private static (int Status, string Message)? Refusal(Exception exception) => exception switch
    {
        AppErrorException app => (app.Error.StatusCode, string.IsNullOrEmpty(app.Error.DetailedError) ? app.Error.Message : $"{app.Error.Message} {app.Error.DetailedError}"),
        InvalidDataException or JsonException or FormatException => (400, exception.Message),
        _ => null,
    };

    private async Task SaveAsync(ImportJob job, CancellationToken cancellationToken)
    {
        await using var session = store.Session();
        session.Store(job);
        await session.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Board import {JobId} failed")]
    private static partial void LogImportFailed(ILogger logger, Exception exception, string jobId);
}

/// <summary>The job as the API answers it.</summary>
internal static class ImportJobResponse
{
    public static object Of(ImportJob job) => new
    {
        id = job.Id,
        teamId = job.TeamId,
        boardId = job.BoardId,
        fileName = job.FileName,
        state = job.State,
        processed = job.Processed,
        total = job.Total,
        summary = job.Summary,
        error = job.Error,
        createAt = job.CreateAt,
        updateAt = job.UpdateAt,
    };

    public static Microsoft.AspNetCore.Http.IResult Accepted(ImportJob job) =>
        Microsoft.AspNetCore.Http.TypedResults.Json(Of(job), BoardsJson.Options, Platform.Api.ApiJson.ContentType, Microsoft.AspNetCore.Http.StatusCodes.Status202Accepted);
}
