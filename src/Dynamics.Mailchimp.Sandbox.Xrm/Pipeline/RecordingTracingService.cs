using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;

/// <summary>Keeps what a plug-in traces on its execution record (the plug-in trace log).</summary>
internal sealed class RecordingTracingService(PluginExecutionRecord record) : ITracingService
{
    public void Trace(string format, params object[] args) =>
        record.AddTrace(args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format);
}
