using BenchmarkDotNet.Attributes;
using HccPerformance.Documents.Reports;
using HccPerformance.Documents.Word;
using HccPerformance.UnitTests.Documents;

namespace HccPerformance.Benchmarks;

/// <summary>
/// Issue 20's target: the Word version of the twelve-department corporate report (the same sample as the PDF's benchmark,
/// <see cref="CorporateReportBenchmarks"/>) in under 150 ms warm on one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCoreConfig))]
public class CorporateReportWordBenchmarks
{
    private CorporateReportContent report = SampleReport.TwelveDepartments();

    [GlobalSetup]
    public void Setup() => report = SampleReport.TwelveDepartments();

    /// <summary>The whole report, cover to concerns, to the bytes of a .docx.</summary>
    [Benchmark]
    public int RenderTwelveDepartmentReportAsWord() => CorporateReportWord.Render(report).Length;
}
