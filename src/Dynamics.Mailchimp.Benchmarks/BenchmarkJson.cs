using System.Text.Json;

namespace Dynamics.Mailchimp.Benchmarks;

/// <summary>The JSON shape of everything the benchmark prints or passes between its processes: camelCase.</summary>
public static class BenchmarkJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
