using System.Text.Json;
using Dynamics.Mailchimp.Benchmarks.Serving;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>
/// The <c>serve-dynamic --n N</c> role: both emulators seeded by <see cref="DynamicSeed"/> behind the latency proxies,
/// plus <see cref="LogPath"/> on the control server: <c>POST</c> marks where the emulators' request logs stand,
/// <c>GET</c> returns the calls each logged since the mark as a <see cref="CallLog"/>.
/// </summary>
public static class DynamicServer
{
    /// <summary>The control path of the request logs.</summary>
    public const string LogPath = "/__bench/requests";

    /// <summary>Runs the server.</summary>
    /// <param name="n">The contacts matching the dynamic list.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(int n, CancellationToken cancellationToken)
    {
        var mark = new LogMark();
        return SandboxServer.ServeAsync(
            (mailchimp, dataverse, _) => Task.FromResult(DynamicSeed.Apply(mailchimp, dataverse, n)),
            cancellationToken,
            (context, mailchimp, dataverse) => ControlAsync(context, mark, mailchimp, dataverse));
    }

    private static async Task<bool> ControlAsync(HttpContext context, LogMark mark, MailchimpSandbox mailchimp, DataverseSandbox dataverse)
    {
        if (context.Request.Path != LogPath)
        {
            return false;
        }

        IReadOnlyList<RecordedRequest> mailchimpLog = mailchimp.Requests, dataverseLog = dataverse.Requests;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            mark.Set(mailchimpLog.Count, dataverseLog.Count);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return true;
        }

        var log = new CallLog(Since(mailchimpLog, mark.Mailchimp), Since(dataverseLog, mark.Dataverse));
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(log, BenchmarkJson.Options), context.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private static CallRecord[] Since(IReadOnlyList<RecordedRequest> log, int mark) =>
        [.. log.Skip(mark).Select(r => new CallRecord(r.Method, r.Path, r.Query, r.Path.EndsWith("$batch", StringComparison.Ordinal) ? BatchParts.Of(r.Body) : []))];

    private sealed class LogMark
    {
        public int Mailchimp { get; private set; }

        public int Dataverse { get; private set; }

        public void Set(int mailchimp, int dataverse) => (Mailchimp, Dataverse) = (mailchimp, dataverse);
    }
}
