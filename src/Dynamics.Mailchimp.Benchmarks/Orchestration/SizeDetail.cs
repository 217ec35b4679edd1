using System.Text.Json;
using System.Text.Json.Serialization;
using Dynamics.Mailchimp.Benchmarks.Baseline;
using Dynamics.Mailchimp.Benchmarks.Serving;

namespace Dynamics.Mailchimp.Benchmarks.Orchestration;

/// <summary>The rest of a size's figures: the server's view of the job, the baseline, the job's own summary.</summary>
/// <param name="QueuedChanges">The member changes seeded (N plus the small org's two).</param>
/// <param name="Job">The job's calls as the server counted them.</param>
/// <param name="JobExitCode">dmc push's exit code.</param>
/// <param name="Baseline">The baseline run.</param>
/// <param name="BaselineCalls">The baseline's calls as the server counted them.</param>
/// <param name="Push">dmc push's own JSON.</param>
public sealed record SizeDetail(int QueuedChanges, ServerStats Job, int JobExitCode, BaselineResult Baseline, ServerStats BaselineCalls, [property: JsonIgnore] JsonElement Push);
