using System.Text;
using Dynamics.Mailchimp.Sandbox.Dataverse.Batch;
using Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;
using Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Hosting.Concurrency;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Hosting;

/// <summary>
/// Requests that only read run beside each other; a write waits for them. A GET of <c>$metadata</c> is held inside its
/// handler until the test lets it go (a gate), so what runs beside it and what waits is shown, not raced; the timeout
/// only keeps a broken gate from hanging the run.
/// </summary>
public sealed class WebApiMiddlewareTests
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    private static (RequestDelegate Pipeline, SandboxRuntime Runtime, InMemoryOrganization Organization, HeldHandler Held) CreateSut()
    {
        var organization = new InMemoryOrganization();
        var held = new HeldHandler();
        var runtime = new SandboxRuntime(new TokenRegistry(), new ServiceProtectionLimiter(6000, TimeSpan.FromMinutes(5), null), new ExecutionTimeLimiter(TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(5), null, TimeProvider.System), new InFlightLimiter(52), 1, TimeProvider.System);
        runtime.Dispatcher = new WebApiBuilder()
            .Add(_ => held)
            .Add(s => new WhoAmIHandler(s))
            .Add(s => new EntityWriteHandler(s))
            .Add((s, dispatch) => new BatchHandler(s, dispatch))
            .Build(new SandboxServices(organization, new Uri("http://127.0.0.1:5555/api/data/v9.2/"), new DataverseSandboxOptions()));
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        app.UseDataverseWebApi(runtime);
        return (app.Build(), runtime, organization, held);
    }

    private static HttpContext Request(InMemoryOrganization organization, string method, string path, string? contentType = null, string body = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = WebApiMiddleware.Root + "/" + path;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            context.Request.ContentType = contentType;
        }

        context.Response.Body = new MemoryStream();
        context.Items[AuthenticationMiddleware.CallerKey] = new WebApiCaller(organization.SystemUserId, CallerPrivileges.Unrestricted);
        return context;
    }

    private static async Task<Task> HoldAsync(RequestDelegate pipeline, InMemoryOrganization organization, HeldHandler held)
    {
        var request = Task.Run(() => pipeline(Request(organization, "GET", "$metadata")));
        await Task.Run(() => held.Entered.Wait(Safety)).WaitAsync(Safety);
        return request;
    }

    [Fact]
    public async Task Get_WhileAnotherGetIsInside_AnswersBesideIt()
    {
        // Arrange
        var (pipeline, runtime, organization, held) = CreateSut();
        var holding = await HoldAsync(pipeline, organization, held);
        var context = Request(organization, "GET", "WhoAmI");

        // Act
        await pipeline(context).WaitAsync(Safety);
        var readers = runtime.Gate.Readers;
        held.Release.Set();
        await holding;

        // Assert
        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(1, readers); // the held GET, still inside
    }

    [Fact]
    public async Task BatchOfGets_WhileAGetIsInside_AnswersBesideIt()
    {
        // Arrange
        var (pipeline, _, organization, held) = CreateSut();
        var holding = await HoldAsync(pipeline, organization, held);
        var batch = new BatchBody().Operation("GET", "WhoAmI").Operation("GET", "WhoAmI");
        using var content = batch.ToContent();
        var context = Request(organization, "POST", "$batch", content.Headers.ContentType!.ToString(), await content.ReadAsStringAsync());

        // Act
        await pipeline(context).WaitAsync(Safety);
        held.Release.Set();
        await holding;

        // Assert
        Assert.Equal(200, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var answer = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Equal(2, answer.Split("HTTP/1.1 200 OK").Length - 1);
    }

    [Fact]
    public async Task Patch_WhileAGetIsInside_WaitsUntilItLeaves()
    {
        // Arrange
        var (pipeline, runtime, organization, held) = CreateSut();
        var holding = await HoldAsync(pipeline, organization, held);
        var context = Request(organization, "PATCH", $"contacts({Guid.NewGuid()})", "application/json", """{"lastname":"Hopper"}""");

        // Act
        var patch = Task.Run(() => pipeline(context));
        var queued = SpinWait.SpinUntil(() => runtime.Gate.Waiting == 1, Safety);
        var doneWhileHeld = patch.IsCompleted;
        held.Release.Set();
        await holding;
        await patch.WaitAsync(Safety);

        // Assert
        Assert.True(queued);
        Assert.False(doneWhileHeld);
        Assert.Equal(204, context.Response.StatusCode);
        Assert.Equal(1, organization.Count("contact"));
    }

    // GET $metadata: signals that it is inside, then waits for the test.
    private sealed class HeldHandler : IWebApiHandler
    {
        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public bool CanHandle(ResourcePath path, string method) => path.Kind == ResourceKind.Metadata && method == "GET";

        public WebApiResponse Handle(WebApiRequest request, ResourcePath path)
        {
            Entered.Set();
            Release.Wait(Safety);
            return new WebApiResponse(204);
        }
    }
}
