using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

/// <summary>
/// The contracts other modules build on (<see cref="ITeamScopedRequest"/>, <see cref="ITeamAdminRequest"/>,
/// <see cref="IUserScopedRequest"/>), sent through the Platform's mediator with memberships read from a
/// real server's database.
/// </summary>
public sealed class ScopedRequestAuthorizationTests
{
    private SuiteTestServer _server = null!;
    private ServiceProvider _services = null!;
    private SignedInUser _systemAdmin = null!;
    private SignedInUser _teamAdmin = null!;
    private SignedInUser _member = null!;
    private SignedInUser _leaver = null!;
    private SignedInUser _outsider = null!;
    private string _teamId = "";

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        var api = new SuiteApi(_server);
        _systemAdmin = await api.SignUpAndLoginAsync();
        _teamAdmin = await api.SignUpAndLoginAsync();
        _member = await api.SignUpAndLoginAsync();
        _leaver = await api.SignUpAndLoginAsync();
        _outsider = await api.SignUpAndLoginAsync();
        _teamId = (await SuiteApi.CreateTeamAsync(_teamAdmin.Client, type: "I")).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(_teamAdmin.Client, _teamId, _member.Id);
        await SuiteApi.AddToTeamAsync(_teamAdmin.Client, _teamId, _leaver.Id);
        using var leave = await _leaver.Client.DeleteAsync($"/api/v4/teams/{_teamId}/members/me");
        await leave.ReadJsonAsync(HttpStatusCode.OK);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddSingleton(_server.Service<ITeamMembership>());
        services.AddSingleton(_server.Service<IFeatureGate>());
        services.AddSuiteMediator();
        services.AddMediatorParticipants(typeof(ScopedRequestAuthorizationTests).Assembly);
        _services = services.BuildServiceProvider();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _services.DisposeAsync();
        foreach (var user in new[] { _systemAdmin, _teamAdmin, _member, _leaver, _outsider })
        {
            user.Dispose();
        }

        await _server.DisposeAsync();
    }

    [Test]
    public async Task TeamScoped_AsMember_ReachesTheHandler()
    {
        Assert.That(await SendAsAsync(_member, new ReadInTeam(_teamId)), Is.EqualTo(Handled));
    }

    [Test]
    public async Task TeamScoped_AsSystemAdminOutsideTheTeam_ReachesTheHandler()
    {
        Assert.That(await SendAsAsync(_systemAdmin, new ReadInTeam(_teamId)), Is.EqualTo(Handled));
    }

    [Test]
    public void TeamScoped_AsOutsider_IsForbidden()
    {
        var refused = Assert.ThrowsAsync<AppErrorException>(() => SendAsAsync(_outsider, new ReadInTeam(_teamId)));

        Assert.That(refused!.Error.StatusCode, Is.EqualTo(403));
    }

    [Test]
    public void TeamScoped_AfterLeavingTheTeam_IsForbidden()
    {
        var refused = Assert.ThrowsAsync<AppErrorException>(() => SendAsAsync(_leaver, new ReadInTeam(_teamId)));

        Assert.That(refused!.Error.StatusCode, Is.EqualTo(403));
    }

    [Test]
    public void TeamScoped_ForATeamThatDoesNotExist_IsForbidden()
    {
        var refused = Assert.ThrowsAsync<AppErrorException>(() => SendAsAsync(_member, new ReadInTeam("ybndrfg8ejkmcpqxot1uwisza3")));

        Assert.That(refused!.Error.StatusCode, Is.EqualTo(403));
    }

    [Test]
    public void TeamScoped_WithoutSignedInUser_IsUnauthorized()
    {
        var refused = Assert.ThrowsAsync<AppErrorException>(() => SendAsAsync(null, new ReadInTeam(_teamId)));

        Assert.That(refused!.Error.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task TeamAdmin_AsTeamAdminOrSystemAdmin_ReachesTheHandler()
    {
        Assert.That(await SendAsAsync(_teamAdmin, new ChangeInTeam(_teamId)), Is.EqualTo(Handled));
        Assert.That(await SendAsAsync(_systemAdmin, new ChangeInTeam(_teamId)), Is.EqualTo(Handled));
    }

    [Test]
    public void TeamAdmin_AsPlainMember_IsForbidden()
    {
        var refused = Assert.ThrowsAsync<AppErrorException>(() => SendAsAsync(_member, new ChangeInTeam(_teamId)));

        Assert.That(refused!.Error.StatusCode, Is.EqualTo(403));
    }

    [Test]
    public async Task UserScoped_ForOneself_OrAsSystemAdmin_ReachesTheHandler()
    {
        Assert.That(await SendAsAsync(_member, new ReadOwnData(_member.Id)), Is.EqualTo(Handled));
        Assert.That(await SendAsAsync(_systemAdmin, new ReadOwnData(_member.Id)), Is.EqualTo(Handled));
    }

    [Test]
    public void UserScoped_ForSomeoneElse_IsForbidden()
    {
        var refused = Assert.ThrowsAsync<AppErrorException>(() => SendAsAsync(_teamAdmin, new ReadOwnData(_member.Id)));

        Assert.That(refused!.Error.StatusCode, Is.EqualTo(403));
    }

    private const string Handled = "handled";

    private async Task<string> SendAsAsync(SignedInUser? user, IRequest<string> request)
    {
        var principal = user is null ? null : new SessionPrincipal(user.Id, "session", user.User.Roles, "");
        using (_services.GetRequiredService<CurrentUser>().Use(principal))
        {
            return await _services.GetRequiredService<ISender>().Send(request);
        }
    }

    private sealed record ReadInTeam(string TeamId) : IRequest<string>, ITeamScopedRequest;

    private sealed record ChangeInTeam(string TeamId) : IRequest<string>, ITeamAdminRequest;

    private sealed record ReadOwnData(string UserId) : IRequest<string>, IUserScopedRequest;

    private sealed class ScopedRequestsHandler :
        IRequestHandler<ReadInTeam, string>,
        IRequestHandler<ChangeInTeam, string>,
        IRequestHandler<ReadOwnData, string>
    {
        public Task<string> Handle(ReadInTeam request, CancellationToken cancellationToken) => Task.FromResult(Handled);

        public Task<string> Handle(ChangeInTeam request, CancellationToken cancellationToken) => Task.FromResult(Handled);

        public Task<string> Handle(ReadOwnData request, CancellationToken cancellationToken) => Task.FromResult(Handled);
    }
}
