package org.shuangsuiji.nationaldata;

import java.util.SplittableRandom;

/** Fictional Chinese names for people and agencies. */
final class Names {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯晨鑫欣悦琳佳怡雪峰海波亮俊明志坤彬鹏飞";

	private static final String[] AGENCY_WORDS = { "明正", "公信", "求实", "华鉴", "正衡", "中衡", "法正", "衡信", "天平", "至诚", "鉴真",
			"同济", "信达", "昭明", "正源" };

	private static final String[] AGENCY_KINDS = { "司法鉴定所", "司法鉴定中心", "法医司法鉴定所", "物证司法鉴定所" };

	private Names() {
	}

	static String person(SplittableRandom random) {
		StringBuilder name = new StringBuilder();
		name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		int given = (random.nextDouble() < 0.6) ? 2 : 1;
		for (int i = 0; i < given; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	/** Marked （虚构） like the demo data: no real agency is meant. */
	static String agency(SplittableRandom random, String place) {
		return place + AGENCY_WORDS[random.nextInt(AGENCY_WORDS.length)]
				+ AGENCY_KINDS[random.nextInt(AGENCY_KINDS.length)] + "（虚构）";
	}

}
