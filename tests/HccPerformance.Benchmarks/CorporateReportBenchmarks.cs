using BenchmarkDotNet.Attributes;
using HccPerformance.Documents.Reports;
using HccPerformance.UnitTests.Documents;

namespace HccPerformance.Benchmarks;

/// <summary>
/// Issue 8's target: the corporate performance report for twelve departments (about 40 pages with charts and
/// tables) rendered in under 150 ms warm on one core, allocating under 40 MB. The content is the unit tests' sample
/// (SampleReport.cs, linked), so the benchmark renders the document the tests read back.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCoreConfig))]
public class CorporateReportBenchmarks
{
    private CorporateReportContent report = SampleReport.TwelveDepartments();

    [GlobalSetup]
    public void Setup() => report = SampleReport.TwelveDepartments();

    /// <summary>The whole report, cover to concerns, to bytes.</summary>
    [Benchmark]
    public int RenderTwelveDepartmentReport() => CorporateReportPdf.Render(report).Length;

    /// <summary>One department's self-assessment on its own (the largest the word budget allows).</summary>
    [Benchmark]
    public int RenderLargestSelfAssessment() =>
        SelfAssessmentPdf.Render(report.Council, report.Period, MaximalAssessment.Department(MaximalAssessment.Spread.Even), report.IssuedOn).Length;
}
