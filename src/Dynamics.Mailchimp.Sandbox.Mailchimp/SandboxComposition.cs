using Dynamics.Mailchimp.Sandbox.Hosting.Concurrency;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;
using Dynamics.Mailchimp.Sandbox.Hosting.Latency;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Controls;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
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
        _store = new SandboxStore(options.TimeProvider, options.Audiences);
        _store.Batch.Resubscribe = options.BatchResubscribe;
        _latency = new InjectedLatency(options.Latency);
        _limiter = new InFlightLimiter(options.MaxConcurrentConnections);
        Controls = new SandboxControls(_store, _faults, _latency, _gate, Log);
    }

    public RequestLog Log { get; } = new();

    public SandboxControls Controls { get; }

    /// <summary>Order: record everything but the controls, map problems, then for <c>/3.0</c> auth → connection limit → faults → latency/gate; then routing.</summary>
    public void Configure(WebApplication app)
    {
        app.UseRequestRecording(Log, _options.TimeProvider, MailchimpSandboxDefaults.ControlsPrefix);
        app.UseMailchimpProblems();
        app.UseWhen(IsApi, api => api
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
            .WithControls(new ControlsHandler(_store.Simulation, Controls, _faults, Log))
            .Build(app);
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments(MailchimpSandboxDefaults.ApiPrefix, StringComparison.OrdinalIgnoreCase);
}
