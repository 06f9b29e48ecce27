package vn.toadam.bench;

import java.util.List;
import java.util.Random;

/** Varied, realistic Vietnamese card texts for benchmarks, made from phrases of a cell meeting discussion. */
final class VietnameseCards {

    private static final List<String> SUBJECTS = List.of("Đảng viên", "Chi ủy", "Bí thư chi bộ", "Đảng viên trẻ",
            "Đảng viên cao tuổi", "Tổ đảng", "Cấp ủy cơ sở", "Đồng chí thư ký", "Chi bộ thôn", "Đảng viên đi làm ăn xa");
    private static final List<String> VERBS = List.of("chưa chuẩn bị kỹ", "tích cực thảo luận", "ít phát biểu về",
            "đề xuất đổi mới", "gặp khó khăn khi triển khai", "cần tăng cường", "đã thực hiện tốt",
            "chưa nắm chắc", "thống nhất cao về", "kiến nghị cấp trên hỗ trợ");
    private static final List<String> OBJECTS = List.of("nội dung sinh hoạt chuyên đề", "dự thảo nghị quyết tháng",
            "việc kiểm tra, giám sát", "công tác phát triển đảng viên", "thời gian sinh hoạt định kỳ",
            "tài liệu học tập nghị quyết", "việc thu nộp đảng phí", "phong trào thi đua ở khu dân cư",
            "công tác dân vận", "tự phê bình và phê bình");
    private static final List<String> TAILS = List.of("", " trong quý này", ", cần khắc phục sớm",
            " theo Hướng dẫn 12-HD/BTCTW", " để nâng cao chất lượng sinh hoạt", ", nhất là vào mùa vụ",
            " — đề nghị đưa vào nghị quyết", " ở các thôn vùng cao");

    private VietnameseCards() {
    }

    static String card(Random random) {
        return SUBJECTS.get(random.nextInt(SUBJECTS.size())) + " " + VERBS.get(random.nextInt(VERBS.size())) + " "
                + OBJECTS.get(random.nextInt(OBJECTS.size())) + TAILS.get(random.nextInt(TAILS.size())) + ".";
    }
}
