using Dynamics.Mailchimp.Sandbox.Hosting.Concurrency;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;
using Dynamics.Mailchimp.Sandbox.Hosting.Latency;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Controls;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp;

/// <summary>Creates the sandbox's parts from the options and wires them into the pipeline and endpoints.</summary>
internal sealed class SandboxComposition
{
    private readonly MailchimpSandboxOptions _options;
    private readonly SandboxStore _store;
    private readonly FaultInjector _faults = new();
    private readonly InjectedLatency _latency;
    private readonly RequestGate _gate = new();
    private readonly InFlightLimiter _limiter;

    public SandboxComposition(MailchimpSandboxOptions options)
    {
        _options = options;
        Dispatcher = new WebhookDispatcher(new WebhookSender(options.TimeProvider), options.TimeProvider);
        _store = new SandboxStore(options.TimeProvider, options.Audiences, Dispatcher);
        _store.Batch.Resubscribe = options.BatchResubscribe;
        _latency = new InjectedLatency(options.Latency);
        _limiter = new InFlightLimiter(options.MaxConcurrentConnections);
        Controls = new SandboxControls(_store, _faults, _latency, _gate, Log, Dispatcher);
        Webhooks = new SandboxWebhooks(Dispatcher);
    }

    public RequestLog Log { get; } = new();

    public SandboxControls Controls { get; }

    public SandboxWebhooks Webhooks { get; }

    /// <summary>Gets the background webhook delivery; the sandbox disposes it when it stops.</summary>
    public WebhookDispatcher Dispatcher { get; }

    /// <summary>Order: record everything but the controls, map problems, then for <c>/3.0</c> request cost → auth → connection limit → faults → latency/gate; then routing.</summary>
    public void Configure(WebApplication app)
    {
        app.UseRequestRecording(Log, _options.TimeProvider, MailchimpSandboxDefaults.ControlsPrefix);
        app.UseMailchimpProblems();
        app.UseWhen(IsApi, api => api
            .UseRequestCost(_latency, _options.LatencyClock)
            .UseApiKey(_options.ApiKey)
            .UseConnectionLimit(_limiter)
            .UseFaults(_faults)
            .UseInjectedLatency(_latency, _gate, _options.LatencyClock));
        app.UseRouting();
        var batches = new BatchesHandler(_options);
        batches.MapResults(app);
        new MailchimpEndpointsBuilder()
            .AddApi(new ListsHandler(_store.Audiences))
            .AddApi(new BatchSubscribeHandler(_store.Batch))
            .AddApi(new MembersHandler(_store.Members))
            .AddApi(new MemberTagsHandler(_store.MemberTags))
            .AddApi(new MergeFieldsHandler(_store.Definitions))
            .AddApi(new InterestsHandler(_store.Definitions, _store.Members))
            .AddApi(new SegmentsHandler(_store.Tags, _store.SegmentMembers))
            .AddApi(new CampaignsHandler(_store.Campaigns))
            .AddApi(new ReportsHandler(_store.Campaigns))
            .AddApi(batches)
            .AddApi(new WebhooksHandler(_store.Webhooks, Dispatcher))
            .WithControls(new ControlsHandler(_store.Simulation, Controls, _faults, Log))
            .WithControls(new WebhookControlsHandler(_store.Edits, Dispatcher))
            .Build(app);
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments(MailchimpSandboxDefaults.ApiPrefix, StringComparison.OrdinalIgnoreCase);
}
