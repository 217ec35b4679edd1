namespace Dynamics.Mailchimp.Sandbox.Hosting.Faults;

/// <summary>A thread-safe set of <see cref="FaultRule"/>s, each consumed one request at a time.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int Remaining)> _rules = [];
    private volatile bool _any;

    /// <summary>Adds a rule; rules are tried in the order they were added.</summary>
    /// <param name="rule">The rule to add.</param>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.StatusCode, 100);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rule.Count);
        lock (_gate)
        {
            _rules.Add((rule, rule.Count));
            _any = true;
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _any = false;
        }
    }

    /// <summary>Gets the rules that still have requests left to fail.</summary>
    /// <returns>Each rule with its remaining count.</returns>
    public IReadOnlyList<FaultRule> Pending()
    {
        lock (_gate)
        {
            return [.. _rules.Select(r => r.Rule with { Count = r.Remaining })];
        }
    }

    /// <summary>Consumes one use of the first rule matching <paramref name="path"/>.</summary>
    /// <param name="path">The request path.</param>
    /// <param name="rule">The matched rule when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the request must fail.</returns>
    public bool TryConsume(string path, out FaultRule? rule)
    {
        rule = null;
        if (!_any)
        {
            return false;
        }

        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (candidate, remaining) = _rules[i];
                if (!path.StartsWith(candidate.PathPrefix, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (remaining <= 1)
                {
                    _rules.RemoveAt(i);
                    _any = _rules.Count > 0;
                }
                else
                {
                    _rules[i] = (candidate, remaining - 1);
                }

                rule = candidate;
                return true;
            }
        }

        return false;
    }
}
