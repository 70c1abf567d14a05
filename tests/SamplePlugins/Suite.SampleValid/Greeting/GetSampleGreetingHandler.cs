using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.SampleValid.Greeting;

internal sealed class GetSampleGreetingHandler(NpgsqlDataSource db) : IRequestHandler<GetSampleGreeting, SampleGreeting>
{
    public async Task<SampleGreeting> Handle(GetSampleGreeting request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var text = await connection.QuerySingleAsync<string>(
            new CommandDefinition("SELECT text FROM samplevalid.greetings WHERE id = 1", cancellationToken: cancellationToken));
        return new SampleGreeting(text);
    }
}
